package org.partycloud.affairs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AffairsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AffairsApplication.class, args);
    }
}
