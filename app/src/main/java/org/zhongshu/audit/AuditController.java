package org.zhongshu.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审计日志: the security auditor searches the trail by period, user, event and result,
 * verifies its hash chain and exports it as .xlsx. Nobody else reaches these pages.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	static final String VIEW_TRAIL = "audit/trail";

	static final String VIEW_VERIFICATION = "audit/verification";

	private static final int PAGE_SIZE = 50;

	private final AuditRecords records;

	private final AuditExport export;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditController(AuditRecords records, AuditExport export, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.export = export;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	String trail(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String event,
			@RequestParam(required = false) @Nullable Boolean success, @RequestParam(defaultValue = "0") int page,
			Model model) {
		AuditQuery query = new AuditQuery(from, to, actor, event, success);
		model.addAttribute("query", query);
		model.addAttribute("events", this.records.events());
		model.addAttribute("today", LocalDate.now(this.clock));
		if (query.periodIsReversed()) {
			model.addAttribute("error", "结束日期早于开始日期，请重新选择时间范围。");
			return VIEW_TRAIL;
		}
		model.addAttribute("page", this.records.find(query, Math.max(page, 0), PAGE_SIZE));
		return VIEW_TRAIL;
	}

	/**
	 * Verifies the whole chain. From the page (htmx) the answer replaces a part of it;
	 * without script the trail is shown again with the answer on top.
	 */
	@PostMapping("/verification")
	String verify(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		ChainVerification.Verifier verifier = new ChainVerification.Verifier();
		this.records.forEach(AuditQuery.everything(), verifier::check);
		ChainVerification result = verifier.result();
		this.events.publishEvent(new AuditChecked(AuditChecked.What.VERIFIED,
				result.isIntact() ? "共 %d 条记录，哈希链完整".formatted(result.checked()) : result.problem(),
				result.isIntact()));
		if (htmx == null) {
			redirect.addFlashAttribute("verification", result);
			return "redirect:/audit";
		}
		model.addAttribute("verification", result);
		return VIEW_VERIFICATION;
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String event,
			@RequestParam(required = false) @Nullable Boolean success, HttpServletResponse response)
			throws IOException {
		AuditQuery query = new AuditQuery(from, to, actor, event, success);
		if (query.periodIsReversed()) {
			refuse(response, "结束日期早于开始日期，请重新选择时间范围。");
			return;
		}
		long count = this.records.count(query);
		if (count > AuditExport.MAXIMUM_ROWS) {
			refuse(response, "符合条件的记录有 %d 条，超过单个表格的上限 %d 条，请缩小时间范围后分批导出。".formatted(count, AuditExport.MAXIMUM_ROWS));
			return;
		}
		String name = "审计日志-%s.xlsx".formatted(LocalDate.now(this.clock));
		response.setContentType(AuditExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		long rows = this.export.write(query, response.getOutputStream());
		this.events.publishEvent(new AuditChecked(AuditChecked.What.EXPORTED, "导出 %d 条记录".formatted(rows), true));
	}

	private static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(message);
	}

}
