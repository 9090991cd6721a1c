# The runnable jar is built on the host (./mvnw -DskipTests install), then copied in.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app linggong && mkdir -p /app && chown linggong /app
WORKDIR /app
COPY ui/target/linggong.jar /app/linggong.jar
USER linggong
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/linggong.jar"]
