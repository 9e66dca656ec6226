<#include "/python/embeddings.py.ftl">
