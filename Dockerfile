# One multi-stage file for all services:  docker build --build-arg MODULE=web-ui -t globallokal/web-ui .
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests -pl partnerships-service,events-service,web-ui -am package

FROM eclipse-temurin:25-jre
ARG MODULE
RUN useradd --system --uid 10001 globallokal
WORKDIR /app
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
USER globallokal
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# one JSON object a line (Elastic Common Schema), with the traceId and spanId of the request or
# change it belongs to
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
