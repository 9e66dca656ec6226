<#import "/macros/docker.ftl" as docker>
# syntax=docker/dockerfile:1

# Build:  docker build -t [=name] .
# Run:    docker run --rm -p [=port?c]:[=port?c] --env-file .env [=name]

ARG JAVA_VERSION=[=java_version]

# ---- builder: the Maven wrapper packages the jar, which is then split into its layers -----
FROM eclipse-temurin:${JAVA_VERSION}-jdk-jammy AS builder

# Dependencies first: Maven itself (fetched by the wrapper) and every dependency and plugin go to
# /root/.m2 in this layer, which is rebuilt only when the wrapper or pom.xml change. They stay in
# the layer rather than a cache mount, so CI's layer cache (type=gha) restores them as well.
# (COPY before WORKDIR: the first step after FROM depends on the project's content, so buildah's
# layer cache cannot pick another project's chain that starts with the same WORKDIR.)
COPY mvnw pom.xml /build/
COPY .mvn /build/.mvn
WORKDIR /build
RUN ./mvnw -B -q dependency:go-offline

# Then the source, packaged offline (the tests run in CI's test job), and the executable jar
# extracted into one folder per layer, for the runtime stage to copy separately.
COPY src ./src
RUN ./mvnw -B -q -o package -DskipTests \
 && mv target/*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- runtime: a JRE, the application's layers, a non-root user -----------------------------
FROM [=base_image]

<@docker.nonRootUser user=user uid=uid gid=gid/>

WORKDIR /app

# Least often changed first: a source change rebuilds only the last, small layer. The files stay
# owned by root, so the service cannot modify its own code.
COPY --from=builder /build/extracted/dependencies/ ./
COPY --from=builder /build/extracted/spring-boot-loader/ ./
COPY --from=builder /build/extracted/snapshot-dependencies/ ./
COPY --from=builder /build/extracted/application/ ./

ENV PORT=[=port?c]

EXPOSE [=port?c]

# [=java_package].HealthCheck (a class of the app that uses the JDK alone) GETs [=health_path]:
# no curl in the image, and a probe takes a fraction of a second.
<@docker.healthcheck test=docker.javaHttpProbe("/app/BOOT-INF/classes", java_package + ".HealthCheck", port, health_path)/>

<@docker.ociLabels title=name/>

<@docker.runtimeUser/>

# The heap follows the container's memory limit (75 % of it); an OutOfMemoryError ends the
# process so that the orchestrator restarts it. JAVA_TOOL_OPTIONS adds flags at run time.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
