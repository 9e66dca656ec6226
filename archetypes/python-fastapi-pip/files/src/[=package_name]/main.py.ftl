<#include "/python/main.py.ftl">
