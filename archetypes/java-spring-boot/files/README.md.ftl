<#import "/macros/updating.ftl" as updating>
# [=name]

[=description]

Java [=java_version], [Spring Boot](https://spring.io/projects/spring-boot) 4.1 (Spring MVC on embedded
Tomcat), built with Maven through the Maven wrapper (`./mvnw`, which fetches Maven 3.9.16 on first use),
shipped as a multi-stage Docker image that runs as the non-root user `[=user]` (UID [=uid?c]) and answers
`GET [=health_path]` on port [=port?c].

## Prerequisites

- A JDK [=java_version] or newer (for example [Temurin](https://adoptium.net/)); Maven itself is not
  needed, `./mvnw` downloads it
- Docker with Buildx and the Compose plugin, for the image

## Develop

```bash
# compile, run the tests (the app starts on a random port and /health is called over HTTP), package
./mvnw verify
# start the app, then try it
./mvnw spring-boot:run
curl http://localhost:[=port?c][=health_path]
```

Add a dependency in `pom.xml` (versions of Spring-managed libraries come from the Spring Boot
parent, so most need none) and commit it.

## Docker

```bash
cp .env.example .env        # once; then edit .env (it is git-ignored)
docker build -t [=name] .
docker run --rm -p [=port?c]:[=port?c] --env-file .env [=name]
```

With Compose: `docker-compose.build.yml` builds the production image
(`${REGISTRY}/${PROJECT_NAME}:${VERSION}` plus `:latest`, for `linux/amd64`) and
`docker-compose.dev.yml` runs that image locally with your `.env` on `127.0.0.1:[=port?c]`:

```bash
docker compose -f docker-compose.build.yml build
docker compose -f docker-compose.dev.yml up
```

How the image is built:

- the builder stage (`eclipse-temurin:[=java_version]-jdk-jammy`) downloads Maven and every dependency
  in a layer of its own that depends on `pom.xml` and the wrapper only, so changing code under `src/`
  reuses it; then it packages the jar offline and extracts its layers
  (`java -Djarmode=tools -jar app.jar extract --layers --launcher`);
- the runtime stage (`[=base_image]`) copies those layers least-changed first (`dependencies`,
  `spring-boot-loader`, `snapshot-dependencies`, `application`), so a code change ships as one small
  layer, and starts `org.springframework.boot.loader.launch.JarLauncher` with
  `-XX:MaxRAMPercentage=75.0` (the heap follows the container's memory limit) and
  `-XX:+ExitOnOutOfMemoryError`;
- it runs as `[=user]` (UID [=uid?c]), owns none of its files, and has a `HEALTHCHECK` that runs the
  app's own `[=java_package].HealthCheck` class (JDK only: no curl in the image) against
  `http://127.0.0.1:[=port?c][=health_path]`;
- `docker build --build-arg REVISION=$(git rev-parse HEAD) --build-arg SOURCE_URL=...` stamps the OCI
  labels (CI does).

## Configuration

The app reads its settings from the environment. `.env` is used at run time only and is
excluded from the build context: no secret is ever baked into the image.

| Variable | Default | Used by | Meaning |
|---|---|---|---|
| `PORT` | `[=port?c]` | app | port the service listens on inside the container (the `HEALTHCHECK` probes [=port?c]) |
| `JAVA_TOOL_OPTIONS` | _(empty)_ | JVM | extra JVM flags, such as `-Xmx512m` |
| `SPRING_*`, `LOGGING_*` | | app | any Spring Boot property, e.g. `LOGGING_LEVEL_ROOT=debug` |
| `REGISTRY` | `[=registry]` | Compose | registry and namespace of the image |
| `PROJECT_NAME` | `[=name]` | Compose | image name |
| `VERSION` | `0.1.0` | Compose | image tag (`latest` is tagged too) |

## Continuous integration

`.github/workflows/ci.yml` runs on every push to `main` and every pull request:

1. **test**: JDK [=java_version] (Temurin, Maven repository cached), `./mvnw -B verify`;
2. **image**: builds the image with Buildx (layers cached in GitHub Actions), starts it,
   waits for `[=health_path]`, checks that it runs as UID [=uid?c] and that Docker reports it healthy.

## Layout

- `src/main/java/[=java_package_path]/`: `[=pascal_name]Application` (entry point),
  `HealthController` (`GET [=health_path]`), `HealthCheck` (the container's probe)
- `src/main/resources/application.properties`: Spring configuration
- `src/test/java/[=java_package_path]/`: tests (JUnit 5, the app on a random port)
- `pom.xml`, `mvnw` (`mvnw.cmd` on Windows), `.mvn/wrapper/`: build, Maven wrapper; `.mvn/jvm.config`: Maven's own JVM
  compiles with C1 only, which halves the time of short builds like this one (delete it for large ones)
- `Dockerfile`, `.dockerignore`: multi-stage image (JDK builder, JRE runtime)
- `docker-compose.build.yml`, `docker-compose.dev.yml`: image build and local run
- `.env.example`: configuration template
- `.github/workflows/ci.yml`: CI

<@updating.section/>
