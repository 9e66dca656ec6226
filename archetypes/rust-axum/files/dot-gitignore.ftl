# Build output
/target/
*.profraw

# Local configuration: never commit secrets (.env.example is the template)
.env
.env.*
!.env.example

# Editors and OS
.idea/
.vscode/
.DS_Store
