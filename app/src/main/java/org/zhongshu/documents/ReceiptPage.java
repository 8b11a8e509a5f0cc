package org.zhongshu.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhongshu.documents.ReceiptFlow.Instruction;
import org.zhongshu.documents.Receipts.Paper;
import org.zhongshu.documents.Receipts.Receipt;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Role;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.RefusedException;

/**
 * 收文 in the browser: what waits for the person's 签收 and their steps, 登记来文 for 机要, and a
 * document's page with its steps, each with the form that step needs (初审 accepts or
 * returns it, 拟办 names the leader, 批办 gives the instruction with its units, deadline and
 * readers), 退回, 撤回 and 催办.
 */
@Controller
@RequestMapping("/receipts")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class ReceiptPage {

	private final Receipts receipts;

	private final ReceiptFlow flow;

	private final Directory directory;

	private final Printing printing;

	private final ApplicationEventPublisher events;

	private final Archive archive;

	private final FlowDiagram diagram;

	ReceiptPage(Receipts receipts, ReceiptFlow flow, Directory directory, Printing printing,
			ApplicationEventPublisher events, Archive archive, FlowDiagram diagram) {
		this.diagram = diagram;
		this.archive = archive;
		this.events = events;
		this.receipts = receipts;
		this.flow = flow;
		this.directory = directory;
		this.printing = printing;
	}

	/**
	 * What the 登记来文 form sends.
	 */
	record PaperForm(@Nullable String receivingUnit, @Nullable String sender, @Nullable String senderNumber,
			@Nullable String title, @Nullable Classification classification, @Nullable String urgency) {

		static PaperForm blank(String unit) {
			return new PaperForm(unit, "", "", "", Classification.INTERNAL, "");
		}

		Paper paper() {
			if (this.classification == null) {
				throw new RefusedException("请选择密级");
			}
			return new Paper(text(this.receivingUnit), text(this.sender), text(this.senderNumber), text(this.title),
					this.classification, text(this.urgency));
		}

	}

	/**
	 * What the 批办 form sends.
	 */
	record InstructionForm(@Nullable String text, @Nullable List<String> handlers, @Nullable LocalDate deadline,
			@Nullable List<String> readers, boolean inOrder, boolean supervised) {

		Instruction instruction() {
			return new Instruction(ReceiptPage.text(this.text), chosen(this.handlers), this.deadline,
					chosen(this.readers), this.inOrder, this.supervised);
		}

		private static List<String> chosen(@Nullable List<String> logins) {
			return (logins != null) ? logins.stream().filter((login) -> !login.isBlank()).toList() : List.of();
		}

	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unsigned", this.receipts.unsigned(user));
		model.addAttribute("waiting", this.receipts.waitingFor(user));
		model.addAttribute("received", this.receipts.receivedBy(user));
		model.addAttribute("mayRegister", !this.receipts.registrableBy(user).isEmpty());
		return "documents/receipts";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<String> units = this.receipts.registrableBy(user);
		if (units.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有机要人员能登记来文");
		}
		return form(PaperForm.blank(units.get(0)), user, model);
	}

	@PostMapping
	String register(PaperForm form, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		try {
			List<AttachmentFile> scans = new ArrayList<>();
			for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
				if (!file.isEmpty() || !String.valueOf(file.getOriginalFilename()).isBlank()) {
					scans.add(AttachmentFile.of(String.valueOf(file.getOriginalFilename()), file.getBytes()));
				}
			}
			UUID id = this.receipts.register(form.paper(), scans, user);
			redirect.addFlashAttribute("message", "来文已签收，请登记");
			return "redirect:/receipts/" + id;
		}
		catch (RefusedException ex) {
			model.addAttribute("error", ex.getMessage());
			return form(form, user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Receipt receipt = readable(id, user);
		read(receipt, "查看");
		model.addAttribute("receipt", receipt);
		model.addAttribute("attachments", this.receipts.attachments(receipt));
		model.addAttribute("printed",
				(receipt.dispatch() != null) ? this.printing.printed(receipt.dispatch()) : List.of());
		model.addAttribute("names", this.directory.namesByLoginName());
		model.addAttribute("opinions", DispatchPage.COMMON_OPINIONS);
		model.addAttribute("archived", this.archive.find(id).orElse(null));
		model.addAttribute("retentions", Archive.Retention.values());
		model.addAttribute("usualRetention", Archive.Retention.THIRTY_YEARS);
		boolean inFlow = this.flow.started(id);
		model.addAttribute("inFlow", inFlow);
		if (inFlow) {
			FlowView flow = FlowView.of(this.flow, id, user);
			flow.addTo(model);
			model.addAttribute("referenceNumber", this.flow.referenceNumber(id));
			model.addAttribute("handling",
					flow.current().stream().anyMatch((step) -> ReceiptFlow.HANDLE.equals(step.step())));
			String step = (flow.mine() != null) ? flow.mine().step() : "";
			if (ReceiptFlow.PROPOSE.equals(step)) {
				model.addAttribute("leaders", this.directory.holding(Role.LEADER));
			}
			if (ReceiptFlow.INSTRUCT.equals(step)) {
				model.addAttribute("units", this.directory.holding(Role.LIAISON));
				model.addAttribute("leaders",
						this.directory.holding(Role.LEADER)
							.stream()
							.filter((leader) -> !leader.loginName().equals(user.loginName()))
							.toList());
			}
		}
		return "documents/receipt";
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		FlowView.act(redirect, () -> {
			this.receipts.sign(id, user);
			redirect.addFlashAttribute("message", "已签收");
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/steps/{task}/complete")
	String complete(@PathVariable UUID id, @PathVariable String task, @RequestParam(defaultValue = "") String opinion,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		readable(id, user);
		FlowView.act(redirect, () -> {
			DocumentNumber number = this.flow.complete(task, user, opinion);
			redirect.addFlashAttribute("message", (number != null) ? "已登记，收文号：" + number : "已办理");
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/steps/{task}/screen")
	String screen(@PathVariable UUID id, @PathVariable String task, @RequestParam boolean accepted,
			@RequestParam(defaultValue = "") String opinion, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		readable(id, user);
		FlowView.act(redirect, () -> {
			this.flow.screen(task, user, accepted, opinion);
			redirect.addFlashAttribute("message", accepted ? "已送拟办" : "已退文");
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/steps/{task}/propose")
	String propose(@PathVariable UUID id, @PathVariable String task, @RequestParam(defaultValue = "") String opinion,
			@RequestParam(defaultValue = "") String instructor, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		readable(id, user);
		FlowView.act(redirect, () -> {
			this.flow.propose(task, user, opinion, instructor);
			redirect.addFlashAttribute("message", "已送领导批办");
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/steps/{task}/instruct")
	String instruct(@PathVariable UUID id, @PathVariable String task, InstructionForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		readable(id, user);
		FlowView.act(redirect, () -> {
			this.receipts.instruct(id, task, user, form.instruction());
			redirect.addFlashAttribute("message", form.supervised() ? "已批办，并已列入督办" : "已批办");
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/steps/{task}/archive")
	String archive(@PathVariable UUID id, @PathVariable String task, @RequestParam Archive.Retention retention,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Receipt receipt = readable(id, user);
		FlowView.act(redirect, () -> {
			Archive.Item item = this.archive.file(receipt, task, user, retention);
			redirect.addFlashAttribute("message", "已归档，档号：" + item.archivalCode());
		});
		return "redirect:/receipts/" + id;
	}

	/**
	 * The flow's diagram with the steps the document is at highlighted.
	 */
	@GetMapping("/{id}/diagram.png")
	ResponseEntity<byte[]> diagram(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		readable(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(this.diagram.png(this.flow, id));
	}

	@PostMapping("/{id}/steps/{task}/send-back")
	String sendBack(@PathVariable UUID id, @PathVariable String task, @RequestParam(defaultValue = "") String toStep,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		readable(id, user);
		FlowView.act(redirect, () -> {
			DocumentFlow.Step back = this.flow.sendBack(task, user, toStep, reason);
			redirect.addFlashAttribute("message", "已退回至“%s”".formatted(back.name()));
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		readable(id, user);
		FlowView.act(redirect, () -> {
			DocumentFlow.Step back = this.flow.withdraw(id, user);
			redirect.addFlashAttribute("message", "已撤回至“%s”".formatted(back.name()));
		});
		return "redirect:/receipts/" + id;
	}

	@PostMapping("/{id}/urge")
	@PreAuthorize("hasAnyRole('OFFICE_LEADER', 'SECRETARY')")
	String urge(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		FlowView.act(redirect, () -> {
			int units = this.receipts.urge(id, user);
			redirect.addFlashAttribute("message", "已向 %d 个承办单位催办".formatted(units));
		});
		return "redirect:/receipts/" + id;
	}

	@GetMapping("/{id}/attachments/{position}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		Receipt receipt = readable(id, user);
		AttachmentFile file = this.receipts.attachment(receipt, position)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个附件"));
		read(receipt, "下载附件：" + file.name());
		return Download.of(file);
	}

	/**
	 * The 红头文件 of the 发文 this is, as printed.
	 */
	@GetMapping("/{id}/files/{kind}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String kind,
			@AuthenticationPrincipal CurrentUser user) {
		Receipt receipt = readable(id, user);
		Printer.Kind printed = Printer.Kind.named(kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这种格式"));
		byte[] file = (receipt.dispatch() != null) ? this.printing.file(receipt.dispatch(), printed).orElse(null)
				: null;
		if (file == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有印制的文件");
		}
		read(receipt, "下载红头文件：" + printed.name());
		return Download.of(Printer.fileName(receipt.title(), printed), printed.mediaType(), file);
	}

	private void read(Receipt receipt, String what) {
		DocumentRead.publish(this.events, "收文", receipt.id(), receipt.title(), receipt.classification(), what);
	}

	private Receipt readable(UUID id, CurrentUser user) {
		return this.receipts.readable(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份收文"));
	}

	private String form(PaperForm form, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("units", this.receipts.registrableBy(user));
		model.addAttribute("classifications",
				Arrays.stream(Classification.values())
					.filter((level) -> level.compareTo(user.clearance()) <= 0)
					.toList());
		return "documents/receipt-new";
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

}
