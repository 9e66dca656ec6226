<#import "/macros/docker.ftl" as docker>
# [=name] for [=registry]
args: [=docker.jsonArray(["a", "b"])]
