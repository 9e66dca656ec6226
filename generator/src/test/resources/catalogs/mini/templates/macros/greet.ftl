<#macro hello who>Hello, [=who]!</#macro>
