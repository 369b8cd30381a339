# Builds Mallboard's Windows installer (.msi) with jpackage. Run on Windows from the repository root:
#   powershell -ExecutionPolicy Bypass -File installers\windows\build-msi.ps1 [-SkipMaven]
# Needs a JDK 17+ (jpackage, jdeps) on the PATH and the WiX Toolset 3.x (candle.exe, light.exe) on the PATH.
# Output: target\installers\Mallboard\ (app image, Mallboard.exe) and target\installers\Mallboard-<version>.msi.
# The module list and JVM options are those of installers/jpackage-common.sh; keep the two in step.
param([switch]$SkipMaven)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

if (-not $SkipMaven) {
    & .\mvnw.cmd -B -q -DskipTests clean package
    if ($LASTEXITCODE -ne 0) { throw "Maven build failed" }
}

$version = ([xml](Get-Content pom.xml)).project.version -replace '-SNAPSHOT$', ''
$out = 'target\installers'
$inputDir = 'target\installers-input'
Remove-Item -Recurse -Force $out, $inputDir -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $out, $inputDir | Out-Null
Copy-Item target\lib\*.jar $inputDir
Copy-Item (Get-ChildItem "target\mallboard-$version*.jar" | Select-Object -First 1).FullName "$inputDir\mallboard.jar"

# jdeps' modules plus what it cannot see: Korean locale data, EUC-KR/MS949 charsets, JNDI, logging, crypto.
$found = (& jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$inputDir\*" "$inputDir\mallboard.jar" | Out-String).Trim()
$modules = "$found,jdk.localedata,jdk.charsets,java.naming,java.logging,jdk.crypto.ec"

# The base CDS archive (--generate-cds-archive) holds the runtime's own classes and works wherever the app is
# installed; the app-class archive of the Linux packages (installers/cds-train.sh) is not made here, as Java 17 only
# takes it with the jars at the path it was made with and the installer lets the user choose the folder.
& jpackage --type app-image --dest $out --name Mallboard --app-version $version --vendor Mallboard `
    --description "Product workflow board for multi-mall beauty commerce" `
    --input $inputDir --main-jar mallboard.jar --main-class com.mallboard.app.Launcher `
    --icon installers\windows\mallboard.ico `
    --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx512m" `
    --add-modules $modules `
    --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive"
if ($LASTEXITCODE -ne 0) { throw "jpackage app-image failed" }

# The app image must open, migrate and draw a fresh data folder before it is wrapped in an installer.
$data = Join-Path ([IO.Path]::GetTempPath()) ("mallboard-smoke-" + [guid]::NewGuid())
$smoke = Start-Process -FilePath "$out\Mallboard\Mallboard.exe" -ArgumentList '--smoke-test', '--data-dir', $data `
    -Wait -PassThru -NoNewWindow -RedirectStandardOutput "$out\smoke-test.txt" -RedirectStandardError "$out\smoke-test.err"
Get-Content "$out\smoke-test.txt", "$out\smoke-test.err"
if ($smoke.ExitCode -ne 0) { throw "smoke test of the app image failed" }

# One upgrade UUID for every Mallboard version: it is how Windows knows a new installer replaces the old one.
& jpackage --type msi --app-image "$out\Mallboard" --dest $out --name Mallboard --app-version $version `
    --vendor Mallboard --description "Product workflow board for multi-mall beauty commerce" `
    --icon installers\windows\mallboard.ico --resource-dir installers\windows\resources `
    --win-menu --win-menu-group Mallboard --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 6112421c-054a-45c9-a8de-eb46578c7330
if ($LASTEXITCODE -ne 0) { throw "jpackage msi failed" }
Write-Host "Windows installer: $(Get-ChildItem "$out\*.msi" | Select-Object -ExpandProperty FullName)"
