<#import "/macros/greet.ftl" as g>
<@g.hello who=name/> (macro)
port=[=port] big=[=100000]
literal=${REGISTRY} ${{ github.sha }}
