import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface ScrollRegionProps {
  /** What the region holds, read out when the keyboard reaches it (usually the table's caption). */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * The box a wide table scrolls sideways in, in a narrow window or at high zoom. While its content
 * is wider than the box, the box is a labelled region in the tab order, so that the keyboard can
 * scroll a table that has nothing else to focus (WCAG 2.1.1); otherwise it is a plain box.
 */
export function ScrollRegion({ label, className = 'table-wrap', children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrollable(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  return scrollable ? (
    <div ref={ref} className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  ) : (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
