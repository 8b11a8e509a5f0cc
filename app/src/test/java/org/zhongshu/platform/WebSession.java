package org.zhongshu.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser session against the running application, over real HTTP: cookies
 * are kept, redirects are not followed (tests look at them), and forms carry the CSRF
 * token of the last page read, as a browser would.
 */
public final class WebSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies;

	private final HttpClient client;

	private String csrf = "";

	public WebSession(int port) {
		this(port, new CookieManager());
	}

	private WebSession(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * @return the same browser, with the same cookies, talking to another node of the
	 * application
	 */
	public WebSession onPort(int port) {
		return new WebSession(port, this.cookies);
	}

	/**
	 * Downloads a file.
	 * @return the status and the bytes
	 */
	public Download download(String path) {
		return download(exchange(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET(),
				HttpResponse.BodyHandlers.ofByteArray()));
	}

	private static Download download(HttpResponse<byte[]> response) {
		return new Download(response.statusCode(), response.body(), headers(response));
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET());
	}

	/**
	 * Posts a form with the CSRF token of the last page read.
	 */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.putIfAbsent("_csrf", this.csrf);
		return postRaw(path, withToken);
	}

	/**
	 * Posts a form exactly as given, without adding a CSRF token.
	 */
	public Page postRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", HTML)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts a form with one file, as a browser sends it (multipart/form-data), with the
	 * session's CSRF token.
	 */
	public Page upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
		String boundary = "----zhongshu" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.putIfAbsent("_csrf", this.csrf);
		withToken.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		part(body, boundary, "name=\"" + fileField + "\"; filename=\"" + fileName + "\"", "application/octet-stream",
				content);
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", HTML)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Sends a file and a part of JSON to the API as the pages' scripts do
	 * (multipart/form-data, the session's CSRF token in the header).
	 * @return the status, the bytes and the headers of the answer
	 */
	public Download sendFile(String path, String fileField, String fileName, byte[] content, String jsonField,
			String json) {
		String boundary = "----zhongshu" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "name=\"" + fileField + "\"; filename=\"" + fileName + "\"", "application/octet-stream",
				content);
		part(body, boundary, "name=\"" + jsonField + "\"", "application/json", json.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> response = exchange(
				HttpRequest.newBuilder(uri(path))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("X-CSRF-TOKEN", this.csrf)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				HttpResponse.BodyHandlers.ofByteArray());
		return download(response);
	}

	private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type,
			byte[] content) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\nContent-Type: "
				+ type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends JSON to the API with the session's CSRF token in the header, as the pages'
	 * scripts do.
	 */
	public Page json(String method, String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", this.csrf)
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * @return a new session on the port, signed in as the demo person and at the 工作台
	 * @throws IllegalStateException if the login does not land on the 工作台
	 */
	public static WebSession signedIn(int port, String loginName) {
		WebSession session = new WebSession(port);
		String landing = session.login(loginName, DemoOfficeTest.PASSWORD).redirectPath();
		if (!landing.equals("/")) {
			throw new IllegalStateException(loginName + " 登录后到了 " + landing + "，而不是工作台");
		}
		return session;
	}

	/**
	 * Signs in at the login page and, as a browser does, follows the answer, so that the
	 * session holds the CSRF token of its new session.
	 * @return the answer to the login form: a redirect to the 工作台, a pending step, or
	 * back to the login page
	 */
	public Page login(String loginName, String password) {
		get("/login");
		Page answer = post("/login", Map.of("username", loginName, "password", password));
		if (answer.location().isPresent()) {
			follow(answer);
		}
		return answer;
	}

	/**
	 * Follows a redirect.
	 */
	public Page follow(Page redirect) {
		String location = redirect.location()
			.orElseThrow(() -> new IllegalStateException("不是重定向：" + redirect.status()));
		return get(location.startsWith(this.base) ? location.substring(this.base.length()) : location);
	}

	public Optional<String> sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private Page send(HttpRequest.Builder request) {
		HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Page page = new Page(response.statusCode(), response.body(), headers(response));
		token(page.body()).ifPresent((token) -> this.csrf = token);
		return page;
	}

	private static Map<String, String> headers(HttpResponse<?> response) {
		return response.headers()
			.map()
			.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().toLowerCase(),
					(entry) -> String.join(",", entry.getValue())));
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.client.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static Optional<String> token(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		if (input.find()) {
			return Optional.of(input.group(1));
		}
		Matcher meta = CSRF_META.matcher(html);
		return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A downloaded file.
	 *
	 * @param status the HTTP status
	 * @param bytes the content
	 * @param headers the headers, names in lower case
	 */
	public record Download(int status, byte[] bytes, Map<String, String> headers) {

		/**
		 * @return the Content-Disposition header
		 */
		public String disposition() {
			return header("Content-Disposition");
		}

		public String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(), "");
		}

	}

	/**
	 * An answer from the application.
	 *
	 * @param status the HTTP status
	 * @param body the body as text
	 * @param headers the headers, names in lower case
	 */
	public record Page(int status, String body, Map<String, String> headers) {

		public Optional<String> location() {
			return Optional.ofNullable(this.headers.get("location"));
		}

		public String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(), "");
		}

		/**
		 * @return where a redirect leads, without scheme, host and port
		 */
		public String redirectPath() {
			return location().map((location) -> location.replaceFirst("^https?://[^/]+", "")).orElse("");
		}

	}

}
