# Build output
/[=name]
/bin/
/dist/
*.test
*.out
coverage.*

# Local Go workspace
go.work
go.work.sum

# Local configuration: never commit secrets (.env.example is the template)
.env
.env.*
!.env.example

# Editors and OS
.idea/
.vscode/
.DS_Store
