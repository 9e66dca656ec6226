<#import "/macros/ci.ftl" as ci>
<@ci.workflowHeader/>

jobs:
  test:
    name: Build and test
    runs-on: [=ci.runner]
    timeout-minutes: 15
    steps:
<@ci.checkoutStep/>

      - name: Set up JDK [=java_version] (Temurin) with the Maven cache
        uses: [=ci.setupJavaAction]
        with:
          distribution: temurin
          java-version: "[=java_version]"
          cache: maven

      - name: Build and test
        run: ./mvnw -B verify

<@ci.checkJob/>

<@ci.imageJob name=name port=port healthPath=health_path uid=uid buildArgs=ci.ociBuildArgs/>
