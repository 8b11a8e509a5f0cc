package org.zhongshu.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.documents.Dispatches.Dispatch;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Directory.Receiver;
import org.zhongshu.people.Role;
import org.zhongshu.layout.Attendance;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.RefusedException;

/**
 * 发文 in the browser: the list of what waits for the person and what they drafted, the 拟稿
 * form, and a document's page with its steps, history and the actions of the step in hand
 * (送下一步 with an opinion, 退回 with a reason, 撤回).
 */
@Controller
@RequestMapping("/documents")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class DispatchPage {

	/** The phrases offices write most, one click away. */
	static final List<String> COMMON_OPINIONS = List.of("同意", "同意，请按程序办理", "已阅", "请修改后再报", "拟同意，请领导审示");

	/**
	 * The prefix of the fields that give the reason an error of the proofreader's is
	 * kept.
	 */
	static final String REASON = "reason:";

	/** 代字 the office issues under. */
	static final List<String> PREFIXES = List.of("市委办发", "市委办函", "市委办报", "市委发", "市委函", "市委常委会纪要", "市委专题会议纪要", "市委令");

	private final Dispatches dispatches;

	private final DispatchFlow flow;

	private final Directory directory;

	private final Printing printing;

	private final Attachments attachments;

	private final Review review;

	private final ApplicationEventPublisher events;

	private final Archive archive;

	private final Receipts receipts;

	private final FlowDiagram diagram;

	DispatchPage(Dispatches dispatches, DispatchFlow flow, Directory directory, Printing printing,
			Attachments attachments, Review review, ApplicationEventPublisher events, Archive archive,
			Receipts receipts, FlowDiagram diagram) {
		this.diagram = diagram;
		this.receipts = receipts;
		this.archive = archive;
		this.events = events;
		this.review = review;
		this.attachments = attachments;
		this.dispatches = dispatches;
		this.flow = flow;
		this.directory = directory;
		this.printing = printing;
	}

	/**
	 * What the 拟稿 form sends.
	 */
	record DraftForm(@Nullable DocumentType type, @Nullable String issuer, @Nullable String prefix,
			@Nullable Classification classification, @Nullable String secrecyTerm, @Nullable String urgency,
			@Nullable String recipients, @Nullable String copiesTo, @Nullable String title, @Nullable String body,
			@Nullable String checker, @Nullable String signer, @Nullable List<String> countersigners,
			@Nullable String attended, @Nullable String excused, @Nullable String observers) {

		static DraftForm blank() {
			return new DraftForm(DocumentType.NOTICE, "中共江临市委办公室", "市委办发", Classification.INTERNAL, "", "", "", "", "",
					DocumentType.NOTICE.template(), "", "", List.of(), "", "", "");
		}

		/**
		 * @return for a 纪要, who attended, was excused and sat in, each list given with
		 * its names separated by 、 or a comma
		 */
		List<Attendance> attendance() {
			List<Attendance> attendance = new ArrayList<>();
			Map<String, String> lists = new LinkedHashMap<>();
			lists.put(Dispatches.ATTENDED, this.attended);
			lists.put("请假", this.excused);
			lists.put("列席", this.observers);
			lists.forEach((kind, names) -> {
				List<String> given = Arrays.stream(text(names).split("[、，,；;\\s]+"))
					.filter((name) -> !name.isEmpty())
					.toList();
				if (!given.isEmpty()) {
					attendance.add(new Attendance(kind, given));
				}
			});
			return attendance;
		}

		Draft draft() {
			if (this.type == null || this.classification == null || blank(this.issuer) || blank(this.prefix)
					|| blank(this.recipients) || blank(this.title) || blank(this.body)) {
				throw new RefusedException("请填写文种、发文机关、代字、密级、主送机关、标题和正文");
			}
			return new Draft(this.type, this.issuer.strip(), this.prefix.strip(), this.classification,
					text(this.secrecyTerm), text(this.urgency), this.recipients.strip(), text(this.copiesTo),
					this.title.strip(), this.body.strip());
		}

		Participants participants() {
			try {
				return new Participants(text(this.prefix), text(this.checker), text(this.signer),
						(this.countersigners == null) ? List.of()
								: this.countersigners.stream().filter((login) -> !login.isBlank()).toList());
			}
			catch (IllegalArgumentException ex) {
				throw new RefusedException(ex.getMessage());
			}
		}

		private static boolean blank(@Nullable String value) {
			return value == null || value.isBlank();
		}

		private static String text(@Nullable String value) {
			return (value == null) ? "" : value.strip();
		}

	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("waiting", this.dispatches.waitingFor(user));
		model.addAttribute("drafted", this.dispatches.draftedBy(user));
		return "documents/dispatches";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		return form(DraftForm.blank(), user, model);
	}

	@PostMapping
	String draft(DraftForm form, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
		try {
			List<AttachmentFile> attachments = new ArrayList<>();
			for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
				if (!file.isEmpty() || !String.valueOf(file.getOriginalFilename()).isBlank()) {
					attachments.add(AttachmentFile.of(String.valueOf(file.getOriginalFilename()), file.getBytes()));
				}
			}
			UUID id = this.dispatches.draft(form.draft(), user, form.participants(), attachments, form.attendance());
			return "redirect:/documents/" + id;
		}
		catch (RefusedException ex) {
			model.addAttribute("error", ex.getMessage());
			return form(form, user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Dispatch dispatch = this.dispatches.readable(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份公文"));
		read(dispatch, "查看");
		FlowView flow = FlowView.of(this.flow, id, user);
		flow.addTo(model);
		model.addAttribute("dispatch", dispatch);
		model.addAttribute("attendance", this.dispatches.attendanceOf(id));
		model.addAttribute("archived", this.archive.find(id).orElse(null));
		model.addAttribute("deliveries", this.receipts.deliveriesOf(id));
		model.addAttribute("retentions", Archive.Retention.values());
		model.addAttribute("usualRetention", Archive.usualRetention(dispatch.draft().type()));
		if (flow.mine() != null && Review.STEP.equals(flow.mine().step())) {
			model.addAttribute("findings", this.review.report(id));
		}
		if (flow.mine() != null && Distribution.STEP.equals(flow.mine().step())) {
			List<Receiver> receivers = this.directory.receivers();
			model.addAttribute("inside", Distribution.inside(dispatch.draft(), receivers));
			model.addAttribute("outside", Distribution.outside(dispatch.draft(), receivers));
		}
		model.addAttribute("referenceNumber", this.flow.referenceNumber(id));
		model.addAttribute("opinions", COMMON_OPINIONS);
		model.addAttribute("names", this.directory.namesByLoginName());
		model.addAttribute("printed", this.printing.printed(id));
		model.addAttribute("attachments", this.attachments.of(id));
		return "documents/dispatch";
	}

	/**
	 * An 附件, always as a download under its own name, never shown inline.
	 */
	@GetMapping("/{id}/attachments/{position}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		Dispatch dispatch = this.dispatches.readable(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份公文"));
		AttachmentFile file = this.attachments.file(id, position)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个附件"));
		read(dispatch, "下载附件：" + file.name());
		return Download.of(file);
	}

	/**
	 * The printed 红头文件, named after the document's title.
	 */
	@GetMapping("/{id}/files/{kind}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String kind,
			@AuthenticationPrincipal CurrentUser user) {
		Dispatch dispatch = this.dispatches.readable(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份公文"));
		Printer.Kind printed = Printer.Kind.named(kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这种格式"));
		byte[] file = this.printing.file(id, printed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "尚未印制"));
		read(dispatch, "下载红头文件：" + printed.name());
		return Download.of(Printer.fileName(dispatch.draft().title(), printed), printed.mediaType(), file);
	}

	@PostMapping("/{id}/steps/{task}/complete")
	String complete(@PathVariable UUID id, @PathVariable String task, @RequestParam(defaultValue = "") String opinion,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.dispatches.readable(id, user);
		FlowView.act(redirect, () -> {
			DocumentNumber number = this.flow.complete(task, user, opinion);
			redirect.addFlashAttribute("message", (number != null) ? "已登记编号：" + number : "已送下一步");
		});
		return "redirect:/documents/" + id;
	}

	/**
	 * 办公室审核 done: the errors kept are kept with the reasons given in the fields named
	 * {@code reason:} and the finding's key.
	 */
	@PostMapping("/{id}/steps/{task}/review")
	String review(@PathVariable UUID id, @PathVariable String task, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.dispatches.readable(id, user);
		Map<String, String> reasons = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(REASON)) {
				reasons.put(name.substring(REASON.length()), value);
			}
		});
		FlowView.act(redirect, () -> {
			this.review.complete(id, task, user, form.getOrDefault("opinion", ""), reasons);
			redirect.addFlashAttribute("message", "已审核，送下一步");
		});
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/steps/{task}/archive")
	String archive(@PathVariable UUID id, @PathVariable String task, @RequestParam Archive.Retention retention,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Dispatch dispatch = this.dispatches.readable(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份公文"));
		FlowView.act(redirect, () -> {
			Archive.Item item = this.archive.file(dispatch, task, user, retention);
			redirect.addFlashAttribute("message", "已归档，档号：" + item.archivalCode());
		});
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/review/revise")
	String revise(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.dispatches.readable(id, user);
		FlowView.act(redirect, () -> {
			this.review.revise(id, user, title, body);
			redirect.addFlashAttribute("message", "已修改，并已重新校对");
		});
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/review/accept")
	String accept(@PathVariable UUID id, @RequestParam String key, @RequestParam String suggestion,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.dispatches.readable(id, user);
		FlowView.act(redirect, () -> {
			this.review.accept(id, user, key, suggestion);
			redirect.addFlashAttribute("message", "已改为“%s”，并已重新校对".formatted(suggestion));
		});
		return "redirect:/documents/" + id;
	}

	/**
	 * The flow's diagram with the steps the document is at highlighted.
	 */
	@GetMapping("/{id}/diagram.png")
	ResponseEntity<byte[]> diagram(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		this.dispatches.readable(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份公文"));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(this.diagram.png(this.flow, id));
	}

	@PostMapping("/{id}/steps/{task}/send-back")
	String sendBack(@PathVariable UUID id, @PathVariable String task, @RequestParam(defaultValue = "") String toStep,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.dispatches.readable(id, user);
		FlowView.act(redirect, () -> {
			DocumentFlow.Step back = this.flow.sendBack(task, user, toStep, reason);
			redirect.addFlashAttribute("message", "已退回至“%s”".formatted(back.name()));
		});
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.dispatches.readable(id, user);
		FlowView.act(redirect, () -> {
			DocumentFlow.Step back = this.flow.withdraw(id, user);
			redirect.addFlashAttribute("message", "已撤回至“%s”".formatted(back.name()));
		});
		return "redirect:/documents/" + id;
	}

	private void read(Dispatch dispatch, String what) {
		DocumentRead.publish(this.events, "发文", dispatch.id(), dispatch.draft().title(),
				dispatch.draft().classification(), what);
	}

	private String form(DraftForm form, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("prefixes", PREFIXES);
		model.addAttribute("classifications",
				Arrays.stream(Classification.values())
					.filter((level) -> level.compareTo(user.clearance()) <= 0)
					.toList());
		model.addAttribute("units", this.directory.receivers().stream().filter((unit) -> !unit.office()).toList());
		model.addAttribute("checkers", this.directory.holding(Role.OFFICE_LEADER));
		model.addAttribute("signers", this.directory.holding(Role.LEADER));
		model.addAttribute("countersigners",
				Dispatches.COUNTERSIGNING_ROLES.stream()
					.flatMap((role) -> this.directory.holding(role).stream())
					.filter((holder) -> !holder.loginName().equals(user.loginName()))
					.toList());
		return "documents/dispatch-new";
	}

}
