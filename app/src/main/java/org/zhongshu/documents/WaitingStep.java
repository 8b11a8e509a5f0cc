package org.zhongshu.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;

/**
 * A step waiting for someone, with what the lists show of its document.
 *
 * @param step the step
 * @param title the document's title
 * @param due when the step must be done, if there is a deadline
 */
record WaitingStep(DocumentFlow.Step step, String title, @Nullable LocalDate due) {

	/**
	 * What a list needs of a document to show a step of it.
	 *
	 * @param title its title
	 * @param classification its 密级
	 * @param due the deadline of its steps, if any
	 */
	record Document(String title, Classification classification, @Nullable LocalDate due) {
	}

	/**
	 * @return the steps with their documents, leaving out any document not found or
	 * classified above the person's clearance
	 */
	static List<WaitingStep> of(List<DocumentFlow.Step> steps, Map<UUID, Document> documents, CurrentUser person) {
		return steps.stream().filter((step) -> {
			Document document = documents.get(step.document());
			return document != null && document.classification().compareTo(person.clearance()) <= 0;
		}).map((step) -> {
			Document document = documents.get(step.document());
			return new WaitingStep(step, document.title(), document.due());
		}).toList();
	}

}
