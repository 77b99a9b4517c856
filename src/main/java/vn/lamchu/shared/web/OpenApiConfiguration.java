package vn.lamchu.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of /api/v1 (served at /v3/api-docs, browsable at /api/v1/docs). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lamChuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Làm Chủ API").version("v1")
                        .description("REST API của Làm Chủ. Xác thực bằng mã truy cập cá nhân: Authorization: Bearer lc_… "
                                + "(tạo tại trang Tài khoản của tôi). Lỗi theo RFC 9457 (application/problem+json)."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("lc_…")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
