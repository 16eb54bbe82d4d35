import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetAppStore } from '../../renderer/store/app-store';

beforeEach(() => resetAppStore());
afterEach(() => cleanup());
