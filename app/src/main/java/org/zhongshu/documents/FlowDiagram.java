package org.zhongshu.documents;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.springframework.stereotype.Component;

/**
 * A flow's diagram as a PNG, drawn by Flowable's own generator from the BPMN file, with
 * the steps the document is at highlighted. The BPMN files carry no layout (they are
 * edited by hand as text), so the steps are laid out here top to bottom: each step one
 * row below the furthest step that leads to it, steps side by side where the flow splits.
 */
@Component
class FlowDiagram {

	private static final int ROW = 90;

	private static final int COLUMN = 170;

	private static final String SAMPLE = "拟稿核发批办传阅归档";

	private final DefaultProcessDiagramGenerator generator = new DefaultProcessDiagramGenerator();

	private final String font = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
		.filter((candidate) -> candidate.canDisplayUpTo(SAMPLE) == -1)
		.map(Font::getFamily)
		.sorted()
		.findFirst()
		.orElse(Font.SANS_SERIF);

	/**
	 * @return the PNG of the flow's diagram with the document's current steps highlighted
	 */
	byte[] png(DocumentFlow flow, UUID document) {
		BpmnModel model = laidOut(flow.model());
		List<String> current = flow.currentSteps(document).stream().map(DocumentFlow.Step::step).distinct().toList();
		try (InputStream image = this.generator.generateDiagram(model, "png", current, List.of(), this.font, this.font,
				this.font, null, 1.0, true)) {
			return image.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the model with a place for every step and a line for every flow, computed
	 * once per deployed model
	 */
	private static synchronized BpmnModel laidOut(BpmnModel model) {
		if (!model.getLocationMap().isEmpty()) {
			return model;
		}
		List<FlowNode> nodes = model.getMainProcess().findFlowElementsOfType(FlowNode.class);
		List<SequenceFlow> flows = model.getMainProcess().findFlowElementsOfType(SequenceFlow.class);
		Map<String, Integer> rows = new LinkedHashMap<>();
		nodes.forEach((node) -> rows.put(node.getId(), 0));
		for (int pass = 0; pass < nodes.size(); pass++) {
			for (SequenceFlow flow : flows) {
				int below = rows.get(flow.getSourceRef()) + 1;
				if (rows.get(flow.getTargetRef()) < below) {
					rows.put(flow.getTargetRef(), below);
				}
			}
		}
		Map<Integer, List<FlowNode>> byRow = new HashMap<>();
		nodes.forEach((node) -> byRow.computeIfAbsent(rows.get(node.getId()), (row) -> new ArrayList<>()).add(node));
		int widest = byRow.values().stream().mapToInt(List::size).max().orElse(1);
		byRow.forEach((row, inRow) -> {
			for (int i = 0; i < inRow.size(); i++) {
				FlowNode node = inRow.get(i);
				double[] size = (node instanceof Event) ? new double[] { 30, 30 }
						: (node instanceof Gateway) ? new double[] { 40, 40 } : new double[] { 120, 50 };
				double centreX = 20 + COLUMN * (i + (widest - inRow.size()) / 2.0) + COLUMN / 2.0;
				double centreY = 20 + ROW * row + ROW / 2.0;
				model.addGraphicInfo(node.getId(),
						graphic(centreX - size[0] / 2, centreY - size[1] / 2, size[0], size[1]));
			}
		});
		double side = 20 + COLUMN * widest;
		for (SequenceFlow flow : flows) {
			GraphicInfo from = model.getGraphicInfo(flow.getSourceRef());
			GraphicInfo to = model.getGraphicInfo(flow.getTargetRef());
			boolean skips = rows.get(flow.getTargetRef()) - rows.get(flow.getSourceRef()) > 1;
			List<GraphicInfo> line = skips
					? List.of(graphic(from.getX() + from.getWidth(), from.getY() + from.getHeight() / 2, 0, 0),
							graphic(side, from.getY() + from.getHeight() / 2, 0, 0),
							graphic(side, to.getY() + to.getHeight() / 2, 0, 0),
							graphic(to.getX() + to.getWidth(), to.getY() + to.getHeight() / 2, 0, 0))
					: List.of(graphic(from.getX() + from.getWidth() / 2, from.getY() + from.getHeight(), 0, 0),
							graphic(to.getX() + to.getWidth() / 2, to.getY(), 0, 0));
			model.addFlowGraphicInfoList(flow.getId(), line);
		}
		return model;
	}

	private static GraphicInfo graphic(double x, double y, double width, double height) {
		GraphicInfo graphic = new GraphicInfo();
		graphic.setX(x);
		graphic.setY(y);
		graphic.setWidth(width);
		graphic.setHeight(height);
		return graphic;
	}

}
