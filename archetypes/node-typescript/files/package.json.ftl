<#-- @types/node follows the chosen Node.js line; package-lock.json.ftl pins the same versions. -->
<#assign typesNode = {"22": "22.20.5", "24": "24.19.2", "26": "26.6.6"}[node_version]>
{
  "name": "[=name]",
  "version": "[=project_version]",
  "description": "[=description?json_string]",
  "private": true,
  "type": "module",
  "main": "dist/server.js",
  "engines": {
    "node": ">=[=node_version]"
  },
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "start": "node dist/server.js",
    "dev": "tsx watch src/server.ts",
    "lint": "eslint . && tsc --noEmit",
    "test": "node --import tsx --test test/*.test.ts"
  },
  "dependencies": {
    "fastify": "^5.12.8"
  },
  "devDependencies": {
    "@eslint/js": "^10.0.1",
    "@types/node": "^[=typesNode]",
    "eslint": "^10.15.0",
    "tsx": "^4.23.15",
    "typescript": "~6.0.3",
    "typescript-eslint": "^8.73.0"
  },
  "allowScripts": {
    "esbuild": false
  }
}
