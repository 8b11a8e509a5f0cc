package org.zhongshu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries, and docs/modules shows them.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("..", "docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(Zhongshu.class);

	@Test
	void verifiesModularStructure() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
	}

	/**
	 * The Documenter lists relations in no fixed order; sorting them keeps the committed
	 * diagrams from changing with every build.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		List<String> relations = new ArrayList<>(lines.stream().filter((line) -> line.startsWith("Rel(")).toList());
		relations.sort(null);
		Iterator<String> sorted = relations.iterator();
		List<String> result = lines.stream().map((line) -> line.startsWith("Rel(") ? sorted.next() : line).toList();
		Files.write(diagram, result);
	}

}
