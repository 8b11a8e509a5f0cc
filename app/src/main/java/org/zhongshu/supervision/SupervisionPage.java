package org.zhongshu.supervision;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Role;
import org.zhongshu.platform.Actions;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.Spreadsheet;

/**
 * 督查督办 in the browser: the 台账 with its filters and export, its figures and charts, the
 * monthly 督查通报 as a 红头文件, a new item and the import of 重点工作 for the 督查室, and an item's
 * page where the 督查室 assigns tasks and reviews what the units report, and the units'
 * liaisons report and apply for 办结 or a later deadline.
 */
@Controller
@RequestMapping("/supervision")
@PreAuthorize(SupervisionPage.ROLES)
class SupervisionPage {

	static final String ROLES = "hasAnyRole('SUPERVISION', 'OFFICE_LEADER', 'LEADER', 'LIAISON')";

	static final String SUPERVISORS = "hasRole('SUPERVISION')";

	/** Who keeps or reads the ledger as a whole, and issues or reads the 督查通报. */
	static final String LEDGER_KEEPERS = "hasAnyRole('SUPERVISION', 'OFFICE_LEADER', 'LEADER')";

	private final Items items;

	private final Reports reports;

	private final Ledger ledger;

	private final Analysis analysis;

	private final Bulletin bulletin;

	private final KeyWorkImport keyWork;

	private final HolidayCalendar calendar;

	private final SupervisionReminders reminders;

	private final ReminderNotices notices;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupervisionPage(Items items, Reports reports, Ledger ledger, Analysis analysis, Bulletin bulletin,
			KeyWorkImport keyWork, HolidayCalendar calendar, SupervisionReminders reminders, ReminderNotices notices,
			Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.reports = reports;
		this.ledger = ledger;
		this.analysis = analysis;
		this.bulletin = bulletin;
		this.keyWork = keyWork;
		this.calendar = calendar;
		this.reminders = reminders;
		this.notices = notices;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the form for a task sends: the 牵头单位, the 配合单位, and a deadline given as a date
	 * or by one of the usual time limits; kept in the session when refused, to be shown
	 * again.
	 */
	record TaskForm(@Nullable String leadUnit, @Nullable List<String> coUnits, @Nullable String reportDates,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline, @Nullable TimeLimit limit,
			@Nullable Cycle cycle) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		Items.NewTask task(WorkingDays days, LocalDate today) {
			LocalDate deadline = (this.limit != null) ? this.limit.deadlineFrom(today, days) : this.deadline;
			return new Items.NewTask(text(this.leadUnit), (this.coUnits != null) ? this.coUnits : List.of(), deadline,
					(this.cycle != null) ? this.cycle : Cycle.ONCE, dates(text(this.reportDates)));
		}

		/**
		 * @return the dates written, separated by commas, 顿号 or spaces
		 * @throws RefusedException naming a date that cannot be read
		 */
		private static List<LocalDate> dates(String text) {
			List<LocalDate> dates = new ArrayList<>();
			for (String part : text.split("[,，、;；\\s]+")) {
				if (!part.isBlank()) {
					LocalDate date = KeyWorkImport.parse(part.strip());
					if (date == null) {
						throw new RefusedException("报送日期“%s”无法识别，请写成 2026-12-31".formatted(part.strip()));
					}
					dates.add(date);
				}
			}
			return dates;
		}

	}

	/**
	 * What the form for a new item sends.
	 */
	record ItemForm(@Nullable Source source, @Nullable String sourceReference, @Nullable String title,
			@Nullable String content, @Nullable String leader, @Nullable Classification classification) {

		static ItemForm blank() {
			return new ItemForm(Source.SUPERIOR, "", "", "", "", Classification.INTERNAL);
		}

		Items.NewItem item() {
			if (this.source == null || this.source == Source.INSTRUCTION) {
				throw new RefusedException("请选择来源：领导批示由收文批办转来，这里只录入上级交办、会议议定事项和重点工作");
			}
			if (this.classification == null) {
				throw new RefusedException("请选择密级");
			}
			return new Items.NewItem(this.source, text(this.sourceReference), text(this.title), text(this.content),
					text(this.leader), this.classification);
		}

	}

	@GetMapping
	String ledger(Ledger.Filter filter, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.ledger.page(filter, user));
		model.addAttribute("query",
				ServletUriComponentsBuilder.fromCurrentRequest()
					.replaceQueryParam("page")
					.replaceQueryParam("light")
					.build()
					.getQuery());
		model.addAttribute("units", this.items.handlingUnits().names());
		model.addAttribute("leaders", this.ledger.leaders());
		model.addAttribute("sources", Source.values());
		model.addAttribute("lights", Light.values());
		return "supervision/ledger";
	}

	@GetMapping("/analysis")
	String analysis(Ledger.Filter filter, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("figures", this.analysis.figures(filter, user));
		model.addAttribute("query", ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery());
		model.addAttribute("sources", Source.values());
		model.addAttribute("lastMonth", YearMonth.from(today().minusMonths(1)));
		model.addAttribute("bulletins", this.bulletin.issued());
		return "supervision/analysis";
	}

	@PostMapping("/bulletins")
	@PreAuthorize(SUPERVISORS)
	String issueBulletin(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Actions.act(redirect, () -> {
			if (month == null) {
				throw new RefusedException("请选择通报的月份");
			}
			Bulletin.Issued issued = this.bulletin.issue(month, user);
			redirect.addFlashAttribute("message", "已印发%s《%s》".formatted(issued.referenceNumber(), issued.title()));
		});
		return "redirect:/supervision/analysis";
	}

	@GetMapping("/bulletins/{month}.{kind}")
	@PreAuthorize(LEDGER_KEEPERS)
	ResponseEntity<byte[]> bulletin(@PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@PathVariable String kind) {
		Printer.Kind printed = Printer.Kind.named(kind).orElseThrow(() -> new NotFoundException("没有这种格式"));
		byte[] file = this.bulletin.file(month, printed).orElseThrow(() -> new NotFoundException("这个月的督查通报尚未印发"));
		return Download.of(Printer.fileName(Bulletin.title(month), printed), printed.mediaType(), file);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(Ledger.Filter filter, @AuthenticationPrincipal CurrentUser user) {
		return Download.of("督查台账.xlsx", Spreadsheet.XLSX, this.ledger.export(filter, user));
	}

	@GetMapping("/new")
	@PreAuthorize(SUPERVISORS)
	String newItem(Model model) {
		return itemForm(ItemForm.blank(), new TaskForm("", List.of(), "", null, null, Cycle.ONCE), model);
	}

	@PostMapping
	@PreAuthorize(SUPERVISORS)
	String create(ItemForm form, TaskForm task, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = this.items.create(form.item(), List.of(task.task(this.calendar.workingDays(), today())), user);
			redirect.addFlashAttribute("message", "督办事项已立项，任务已交办");
			return "redirect:/supervision/items/" + id;
		}
		catch (RefusedException ex) {
			model.addAttribute("error", ex.getMessage());
			return itemForm(form, task, model);
		}
	}

	@GetMapping("/import")
	@PreAuthorize(SUPERVISORS)
	String importForm(Model model) {
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("cycles", Cycle.values());
		return "supervision/import";
	}

	@PostMapping("/import")
	@PreAuthorize(SUPERVISORS)
	String importKeyWork(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "INTERNAL") Classification classification,
			@RequestParam(defaultValue = "MONTHLY") Cycle cycle, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file.isEmpty()) {
				throw new RefusedException("请选择要导入的 .xlsx 文件");
			}
			KeyWorkImport.Rows rows = this.keyWork.read(file.getBytes(), classification, cycle, today());
			int count = this.items.createAll(rows.items(), rows.tasks(), user).size();
			redirect.addFlashAttribute("message", "已导入 %d 项重点工作".formatted(count));
			return "redirect:/supervision?source=KEY_WORK";
		}
		catch (KeyWorkImport.RowsRefusedException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("error", ex.getMessage());
		}
		catch (RefusedException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return importForm(model);
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Items.View view = this.items.readable(id, user);
		ItemRead.publish(this.events, view.item(), "查看");
		WorkingDays days = this.calendar.workingDays();
		LocalDate today = today();
		List<TaskView> tasks = new ArrayList<>();
		for (Task task : view.tasks()) {
			tasks.add(new TaskView(task, task.light(today, days), task.daysOverdue(today),
					this.reports.reports(task, user), this.reports.deadlineChanges(task.id()),
					this.notices.of(task.id())));
		}
		model.addAttribute("item", view.item());
		model.addAttribute("tasks", tasks);
		model.addAttribute("names", this.directory.namesByLoginName());
		model.addAttribute("supervisor", user.hasRole(Role.SUPERVISION.name()));
		model.addAttribute("ownUnit", user.hasRole(Role.LIAISON.name()) ? user.unitName() : "");
		if (user.hasRole(Role.SUPERVISION.name()) && !model.containsAttribute("taskForm")) {
			List<String> proposed = view.tasks().isEmpty() ? view.item().proposedUnits() : List.of();
			model.addAttribute("taskForm",
					new TaskForm(proposed.isEmpty() ? "" : proposed.get(0),
							proposed.isEmpty() ? List.of() : proposed.subList(1, proposed.size()), "",
							view.tasks().isEmpty() ? view.item().proposedDeadline() : null, null, Cycle.ONCE));
		}
		if (user.hasRole(Role.SUPERVISION.name())) {
			addChoices(model);
		}
		return "supervision/item";
	}

	/**
	 * A task as its item's page shows it.
	 */
	record TaskView(Task task, Light light, long daysOverdue, List<Reports.Report> reports,
			List<Reports.DeadlineChange> deadlineChanges, List<ReminderNotices.Notice> notices) {

		public boolean applicationOpen() {
			return this.deadlineChanges.stream().anyMatch((change) -> change.approved() == null);
		}

	}

	@PostMapping("/items/{id}/tasks")
	@PreAuthorize(SUPERVISORS)
	String addTask(@PathVariable UUID id, TaskForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		boolean done = Actions.act(redirect, () -> {
			this.items.addTask(id, form.task(this.calendar.workingDays(), today()), user);
			redirect.addFlashAttribute("message", "任务已交办");
		});
		if (!done) {
			redirect.addFlashAttribute("taskForm", form);
		}
		return "redirect:/supervision/items/" + id;
	}

	@PostMapping("/tasks/{task}/reports")
	String report(@PathVariable UUID task, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "0") int progress, @RequestParam(defaultValue = "false") boolean completion,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		UUID item = this.items.readableTask(task, user).item().id();
		List<AttachmentFile> evidence = new ArrayList<>();
		try {
			for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
				if (!file.isEmpty() || !String.valueOf(file.getOriginalFilename()).isBlank()) {
					evidence.add(AttachmentFile.of(String.valueOf(file.getOriginalFilename()), file.getBytes()));
				}
			}
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("reportDraft", new Draft(task, text, progress, null));
			return "redirect:/supervision/items/" + item;
		}
		boolean done = Actions.act(redirect, () -> {
			this.reports.report(task, new Reports.NewReport(text, progress, completion), evidence, user);
			redirect.addFlashAttribute("message", completion ? "办结申请已报送督查室" : "进展已报送");
		});
		if (!done) {
			redirect.addFlashAttribute("reportDraft", new Draft(task, text, progress, null));
		}
		return "redirect:/supervision/items/" + item;
	}

	@PostMapping("/reports/{report}/review")
	@PreAuthorize(SUPERVISORS)
	String review(@PathVariable UUID report, @RequestParam UUID item, @RequestParam boolean accept,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Actions.act(redirect, () -> {
			this.reports.review(report, accept, reason, user);
			redirect.addFlashAttribute("message", accept ? "已认可" : "已退回，牵头单位将在工作台看到退回理由");
		});
		return "redirect:/supervision/items/" + item;
	}

	@GetMapping("/reports/{report}/evidence/{position}")
	ResponseEntity<byte[]> evidence(@PathVariable UUID report, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		AttachmentFile file = this.reports.evidence(report, position, user)
			.orElseThrow(() -> new NotFoundException("没有这个附件"));
		return Download.of(file);
	}

	@PostMapping("/tasks/{task}/deadline")
	String applyForDeadline(@PathVariable UUID task,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		UUID item = this.items.readableTask(task, user).item().id();
		boolean done = Actions.act(redirect, () -> {
			this.reports.applyForDeadline(task, deadline, reason, user);
			redirect.addFlashAttribute("message", "调整时限的申请已报送督查室");
		});
		if (!done) {
			redirect.addFlashAttribute("deadlineDraft", new Draft(task, reason, 0, deadline));
		}
		return "redirect:/supervision/items/" + item;
	}

	@PostMapping("/deadline-changes/{change}")
	@PreAuthorize(SUPERVISORS)
	String decideDeadline(@PathVariable UUID change, @RequestParam UUID item, @RequestParam boolean approve,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Actions.act(redirect, () -> {
			this.reports.decideDeadline(change, approve, user);
			redirect.addFlashAttribute("message", approve ? "已同意调整时限" : "未同意调整时限");
		});
		return "redirect:/supervision/items/" + item;
	}

	@PostMapping("/tasks/{task}/notices")
	@PreAuthorize(SUPERVISORS)
	String issueNotice(@PathVariable UUID task, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		UUID item = this.items.readableTask(task, user).item().id();
		Actions.act(redirect, () -> {
			ReminderNotices.Notice notice = this.notices.issue(task, user);
			redirect.addFlashAttribute("message", "已印发催办单" + notice.referenceNumber() + "，承办单位将在提醒中看到");
		});
		return "redirect:/supervision/items/" + item;
	}

	@GetMapping("/notices/{id}.{kind}")
	ResponseEntity<byte[]> notice(@PathVariable UUID id, @PathVariable String kind,
			@AuthenticationPrincipal CurrentUser user) {
		Printer.Kind printed = Printer.Kind.named(kind).orElseThrow(() -> new NotFoundException("没有这种格式"));
		ReminderNotices.NoticeFile file = this.notices.file(id, printed, user);
		ItemRead.publish(this.events, file.item(), "下载催办单 " + file.notice().referenceNumber());
		return Download.of(Printer.fileName("催办单" + file.notice().referenceNumber(), printed), printed.mediaType(),
				file.content());
	}

	@PostMapping("/tasks/{task}/urge")
	@PreAuthorize(SUPERVISORS)
	String urge(@PathVariable UUID task, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		UUID item = this.items.readableTask(task, user).item().id();
		int urged = this.reminders.urge(task, user);
		redirect.addFlashAttribute("message", "已催办 %d 个单位".formatted(urged));
		return "redirect:/supervision/items/" + item;
	}

	private String itemForm(ItemForm form, TaskForm task, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("taskForm", task);
		model.addAttribute("sources", List.of(Source.SUPERIOR, Source.MEETING, Source.KEY_WORK));
		model.addAttribute("classifications", Classification.values());
		addChoices(model);
		return "supervision/new";
	}

	private void addChoices(Model model) {
		model.addAttribute("units", this.items.handlingUnits().names());
		model.addAttribute("limits", TimeLimit.values());
		model.addAttribute("cycles", Cycle.values());
		Map<TimeLimit, LocalDate> limits = new HashMap<>();
		WorkingDays days = this.calendar.workingDays();
		for (TimeLimit limit : TimeLimit.values()) {
			limits.put(limit, limit.deadlineFrom(today(), days));
		}
		model.addAttribute("limitDates", limits);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * What a liaison wrote in a form for a task that was refused, shown again with the
	 * reason so that nothing typed is lost (files must be chosen again: browsers do not
	 * let a page refill them).
	 *
	 * @param task the task
	 * @param text the report's text, or the reason for a later deadline
	 * @param progress the percentage given
	 * @param deadline the deadline asked for
	 */
	record Draft(UUID task, String text, int progress, @Nullable LocalDate deadline) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		public boolean isFor(UUID task) {
			return this.task.equals(task);
		}

	}

	static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
