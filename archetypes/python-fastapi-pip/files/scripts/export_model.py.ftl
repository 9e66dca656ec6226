<#include "/python/export_model.py.ftl">
