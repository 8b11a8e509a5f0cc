package org.zhongshu.platform;

import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the REST API answers bad requests: an RFC 9457 problem with a Chinese explanation,
 * and for invalid input every field that was wrong.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

	@ExceptionHandler
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", message(error)))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误",
				String.join("；", errors.stream().map((error) -> error.get("message")).toList()));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(HandlerMethodValidationException ex) {
		List<String> messages = ex.getAllErrors()
			.stream()
			.map((error) -> String.valueOf(error.getDefaultMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "输入有误", String.join("；", messages));
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "输入有误", "请求内容不是有效的 JSON，或某个字段的格式不对。");
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "输入有误", "参数 %s 的格式不对。".formatted(ex.getName()));
	}

	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		return problem(HttpStatus.BAD_REQUEST, "操作未执行", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "未找到", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "数据已变化", "这条数据刚被其他人修改过，请重新读取后再提交。");
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "已由他人办理", ex.getMessage());
	}

	private static String message(FieldError error) {
		return String.valueOf(error.getDefaultMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
