<#import "/rust/cargo.ftl" as cargo>
<@cargo.lock path="/rust/locks/axum.Cargo.lock.ftl" package=name/>
