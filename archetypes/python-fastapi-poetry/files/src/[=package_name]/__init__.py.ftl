<#include "/python/__init__.py.ftl">
