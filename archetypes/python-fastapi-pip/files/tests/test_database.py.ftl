<#include "/python/test_database.py.ftl">
