<#include "/python/test_health.py.ftl">
