package org.partycloud.dues;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DuesApplication {

    public static void main(String[] args) {
        SpringApplication.run(DuesApplication.class, args);
    }
}
