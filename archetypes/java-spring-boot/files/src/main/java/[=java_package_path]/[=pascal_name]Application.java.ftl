package [=java_package];

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of [=name]: starts Spring Boot with its embedded Tomcat on PORT (default [=port?c]). */
@SpringBootApplication
public class [=pascal_name]Application {

    public static void main(String[] args) {
        SpringApplication.run([=pascal_name]Application.class, args);
    }
}
