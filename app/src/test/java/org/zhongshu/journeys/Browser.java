package org.zhongshu.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * A real browser for journeys: Playwright driving Debian's chromium, never a downloaded
 * browser. Without chromium the journeys are skipped with a message, unless
 * {@code ZHONGSHU_E2E=required} (as in CI) makes that a failure.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "未找到 " + CHROMIUM + "，跳过浏览器测试（安装 Debian 的 chromium 软件包即可运行）。";
			if ("required".equals(System.getenv("ZHONGSHU_E2E"))) {
				Assertions.fail(message + " ZHONGSHU_E2E=required 要求必须运行浏览器测试。");
			}
			Assumptions.abort(message);
		}
		if (playwright == null) {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setArgs(List.of("--no-sandbox"))
					.setHeadless(true));
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (playwright != null) {
			playwright.close();
			playwright = null;
			chromium = null;
		}
	}

	/**
	 * @return a new page in a fresh browser context (no cookies), Chinese locale, the
	 * given window size
	 */
	static Page newPage(int width, int height) {
		return chromium
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN")
				.setViewportSize(width, height))
			.newPage();
	}

	/**
	 * @return a new page of the given size, signed in as the demo person at the
	 * application's address
	 */
	static Page signedIn(String address, String loginName, int width, int height) {
		Page page = newPage(width, height);
		page.navigate(address + "/login");
		signIn(page, loginName, DemoOfficeTest.PASSWORD);
		return page;
	}

	/**
	 * Signs in on the login page the page shows.
	 */
	static void signIn(Page page, String loginName, String password) {
		page.getByLabel("登录名").fill(loginName);
		page.getByLabel("密码").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登 录")).click();
	}

	/**
	 * @return the 工作台's entry with the text, reloading the 工作台 for a few seconds until it
	 * is there: what another module does on an event may take a moment to arrive
	 */
	static Locator todo(Page page, String text) {
		Locator todo = page.locator(".zs-todo", new Page.LocatorOptions().setHasText(text));
		for (int attempt = 0; attempt < 20 && todo.count() == 0; attempt++) {
			page.waitForTimeout(250);
			page.reload();
		}
		return todo;
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
