; Inno Setup 6 script: a Windows installer for Carebook, made from the frozen folder dist\carebook.
;
; On Windows, from the repository root (see packaging\README.md):
;   .venv\Scripts\pyinstaller --noconfirm --clean packaging\carebook.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\carebook.iss
; gives dist\Carebook-0.1.0-setup.exe. The version comes from the command line (carebook.__version__)
; so that it is written down in one place only.
;
; The installer copies the folder, adds a Start menu entry (and optionally a desktop icon) for the
; windowed carebook-gui.exe, and an uninstaller. It never touches the data folder
; (%LOCALAPPDATA%\Carebook): uninstalling keeps the shop's database and backups.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\carebook.iss
#endif
#define AppName "Carebook"
#define AppExe "carebook-gui.exe"
#define Root "..\.."

[Setup]
; The app id (carebook.APP_ID) identifies the installation for upgrades and uninstall: never change it.
AppId=org.carebook.Carebook
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Carebook developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Carebook-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\icons\carebook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Carebook must not be running while its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: both executables (carebook.exe for the command line, carebook-gui.exe)
; and _internal\ with Python, Qt, the fonts, icons, stylesheets and migrations.
Source: "{#Root}\dist\carebook\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer has must not linger in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.carebook.Carebook"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.carebook.Carebook"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
