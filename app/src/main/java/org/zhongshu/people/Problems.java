package org.zhongshu.people;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The RFC 9457 problems the security filters answer API requests with, before any
 * controller (and so {@code ApiErrors}) is reached. The texts are constants, never input.
 */
final class Problems {

	static final String UNAUTHENTICATED = "未登录";

	private Problems() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"status":%d,"title":"%s","detail":"%s"}""".formatted(status.value(), title, detail));
	}

}
