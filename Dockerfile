# syntax=docker/dockerfile:1
# Build: docker build -t quotegraph .
# Run:   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/quotegraph \
#          -e SPRING_DATASOURCE_USERNAME=quotegraph -e SPRING_DATASOURCE_PASSWORD=... \
#          -e QUOTEGRAPH_API_TOKEN=... quotegraph
# (docker-compose.yml does all of this with PostgreSQL 17.)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY schema.graphqls ./
COPY db db
COPY src/main src/main
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/quotegraph.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system quotegraph && useradd --system --gid quotegraph --home /app quotegraph \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
USER quotegraph
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
