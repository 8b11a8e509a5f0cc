package org.zhongshu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries, and docs/modules shows them.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Zhongshu.class);

	@Test
	void verifiesModularStructure() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
