# syntax=docker/dockerfile:1
# scaffold serve as a service: the web page and HTTP API on port 8080 (see README, "scaffold serve").
#
# Build:  docker build -t scaffold-serve .
# Run:    docker run --rm -p 8080:8080 scaffold-serve
#         (an org catalog: add -e SCAFFOLD_CATALOG=https://git.acme.example/platform/catalog.git)

ARG JAVA_VERSION=17

# ---- build: Maven packages the shaded jar -------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build

# Dependencies and plugins first, in their own layer: rebuilt only when pom.xml changes.
COPY pom.xml /build/
WORKDIR /build
RUN mvn -B -q dependency:go-offline -DskipE2E

# Then the source, the built-in catalog and its templates, packaged without the tests (CI runs them).
COPY generator/src/main ./generator/src/main
COPY catalog.json ./
COPY archetypes ./archetypes
COPY templates ./templates
RUN mvn -B -q package -DskipTests -DskipE2E

# ---- runtime: a JRE, the jar, a non-root user ----------------------------------------------------
FROM eclipse-temurin:${JAVA_VERSION}-jre-jammy

# A home for the catalog cache of git and HTTPS catalogs ($XDG_CACHE_HOME, else ~/.cache).
RUN groupadd --gid 10001 scaffold \
 && useradd --no-log-init --create-home --home-dir /home/scaffold --uid 10001 --gid 10001 --shell /usr/sbin/nologin scaffold

WORKDIR /app
COPY --from=build /build/target/scaffold.jar /app/scaffold.jar

EXPOSE 8080

# The jar's own probe class (the JDK's HTTP client, no curl in the image): exit 0 when /health answers 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["java", "-cp", "/app/scaffold.jar", "dev.scaffold.serve.HealthProbe", "http://127.0.0.1:8080/health"]

LABEL org.opencontainers.image.title="scaffold-serve" \
      org.opencontainers.image.description="scaffold serve: container-ready starter repositories as a web page and HTTP API"

USER 10001:10001

# The heap follows the container's memory limit; an OutOfMemoryError ends the process for a restart.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/scaffold.jar"]
CMD ["serve", "--bind", "0.0.0.0", "--port", "8080"]
