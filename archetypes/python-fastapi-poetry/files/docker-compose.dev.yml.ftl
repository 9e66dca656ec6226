<#include "/python/docker-compose.dev.yml.ftl">
