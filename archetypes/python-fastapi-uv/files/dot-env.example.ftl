<#include "/python/env.example.ftl">
