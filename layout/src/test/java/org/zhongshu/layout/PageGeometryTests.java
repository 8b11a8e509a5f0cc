package org.zhongshu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PageGeometryTests {

	@Test
	void leavesTheMarginsTheNormImplies() {
		PageGeometry page = PageGeometry.GB_T_9704;

		assertThat(page.rightMargin()).isEqualTo(26);
		assertThat(page.bottomMargin()).isEqualTo(35);
	}

	@Test
	void refusesATypeAreaThatDoesNotFitTheSheet() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageGeometry(210, 297, 190, 225, 37, 28))
			.withMessage("版心加页边距超出了纸张范围");
	}

	@Test
	void refusesNegativeSizes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageGeometry(210, 297, 156, -1, 37, 28))
			.withMessageContaining("必须为正数");
	}

}
