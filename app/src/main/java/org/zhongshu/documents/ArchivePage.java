package org.zhongshu.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhongshu.documents.Archive.Filter;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.Spreadsheet;

/**
 * The archive in the browser: the 归档文件目录 by 年度 and 保管期限 with its .xlsx export, for the
 * office's roles that keep the registers; and the files archived with a document, for
 * whoever may see the document.
 */
@Controller
@RequestMapping("/archive")
class ArchivePage {

	private final Archive archive;

	private final Dispatches dispatches;

	private final Receipts receipts;

	private final ApplicationEventPublisher events;

	ArchivePage(Archive archive, Dispatches dispatches, Receipts receipts, ApplicationEventPublisher events) {
		this.archive = archive;
		this.dispatches = dispatches;
		this.receipts = receipts;
		this.events = events;
	}

	@GetMapping
	@PreAuthorize(RegisterPage.REGISTER_ROLES)
	String catalogue(Filter filter, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("query", query(filter));
		model.addAttribute("result", this.archive.catalogue(filter, page, user));
		model.addAttribute("retentions", Archive.Retention.values());
		return "documents/archive";
	}

	@GetMapping("/export")
	@PreAuthorize(RegisterPage.REGISTER_ROLES)
	ResponseEntity<byte[]> export(Filter filter, @AuthenticationPrincipal CurrentUser user) {
		return Download.of("归档文件目录.xlsx", Spreadsheet.XLSX, this.archive.export(filter, user));
	}

	@GetMapping("/{id}/files/{position}")
	@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		String kind = this.archive.kindOf(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份归档文件"));
		String title;
		Classification classification;
		if ("发文".equals(kind)) {
			Dispatches.Dispatch dispatch = this.dispatches.readable(id, user).orElseThrow();
			title = dispatch.draft().title();
			classification = dispatch.draft().classification();
		}
		else {
			Receipts.Receipt receipt = this.receipts.readable(id, user).orElseThrow();
			title = receipt.title();
			classification = receipt.classification();
		}
		AttachmentFile file = this.archive.archivedFile(id, position)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个归档文件"));
		DocumentRead.publish(this.events, kind, id, title, classification, "下载归档文件：" + file.name());
		return Download.of(file);
	}

	private static String query(Filter filter) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("year", filter.year());
		fields.put("retention", filter.retention());
		return Keyset.query(fields);
	}

}
