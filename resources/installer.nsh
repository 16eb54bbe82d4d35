; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml).
;
; Adds Digisos Klar to Explorer's "Open with" list for .json files, for the current user only
; (SHCTX is HKCU in a per-user install), WITHOUT becoming the default program for .json.
; Windows picks a program by the last extension only, so ".digisos.json" cannot have its own
; association: registering ".digisos.json" would never be consulted, and taking over ".json"
; would hijack every JSON file. The app checks what it is given and refuses anything that is
; not a Digisos Klar file. Kept ASCII: NSIS reads an include without a BOM as ANSI.

!macro customInstall
  WriteRegStr SHCTX "Software\Classes\DigisosKlar.Arbeidsomrade" "" "Digisos Klar"
  WriteRegStr SHCTX "Software\Classes\DigisosKlar.Arbeidsomrade\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHCTX "Software\Classes\DigisosKlar.Arbeidsomrade\shell\open\command" "" '"$appExe" "%1"'
  WriteRegNone SHCTX "Software\Classes\.json\OpenWithProgids" "DigisosKlar.Arbeidsomrade"
  ; SHCNE_ASSOCCHANGED, SHCNF_FLUSH: Explorer rereads the associations.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, p 0, p 0)"
!macroend

!macro customUnInstall
  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "DigisosKlar.Arbeidsomrade"
  DeleteRegKey SHCTX "Software\Classes\DigisosKlar.Arbeidsomrade"
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, p 0, p 0)"
!macroend
