<#include "/python/db.py.ftl">
