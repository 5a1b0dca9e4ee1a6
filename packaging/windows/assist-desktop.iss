; Inno Setup script: a per-user installer for the Windows one-folder build.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\assist-desktop /DOutputDir=..\..\dist packaging\windows\assist-desktop.iss
;
; Run by .github/workflows/release.yml on a Windows runner (Inno Setup 6 is installed there).
; Per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs. The uninstaller
; removes the program folder and the Start-menu entry, and NEVER the data folder
; (%LOCALAPPDATA%\ASSIST\ASSIST Desktop, see docs/PACKAGING.md): a centre's encrypted case
; record must survive a reinstall or an upgrade.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\assist-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{6F2A4C1E-3B7D-4E8A-9C55-2D1B0A7E4F93}
AppName=ASSIST Desktop
AppVersion={#AppVersion}
AppPublisher=ASSIST
AppComments=Encrypted case notes for law centres. Uninstalling never deletes the case data.
DefaultDirName={localappdata}\Programs\ASSIST Desktop
DefaultGroupName=ASSIST Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=assist-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=assist-desktop.ico
UninstallDisplayIcon={app}\assist-desktop.exe
UninstallDisplayName=ASSIST Desktop
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\ASSIST Desktop"; Filename: "{app}\assist-desktop.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\ASSIST Desktop"; Filename: "{app}\assist-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Put a shortcut on the desktop"; Flags: unchecked

[Run]
Filename: "{app}\assist-desktop.exe"; Description: "Start ASSIST Desktop"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the program may leave inside its own folder (Python caches). Never the data folder.
Type: filesandordirs; Name: "{app}\__pycache__"
