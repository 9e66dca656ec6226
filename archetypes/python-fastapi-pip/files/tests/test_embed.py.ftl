<#include "/python/test_embed.py.ftl">
