package org.zhongshu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Fonts for the norm's typefaces: the office's own first, then Debian's free fonts, with
 * every substitution said.
 */
class TypefacesTests {

	@TempDir
	Path folder;

	@Test
	void fallsBackOnDebiansFreeFontsAndSaysWhichStandIn() {
		Typefaces typefaces = Typefaces.find(null);

		assertThat(typefaces.font(Typeface.HEITI).name()).isEqualTo("WenQuanYi Zen Hei");
		assertThat(typefaces.font(Typeface.KAITI).file()).hasFileName("LXGWWenKai-Regular.ttf");
		assertThat(typefaces.substitutions()).containsExactly("小标宋：以 AR PL UMing CN 代替", "仿宋：以 AR PL UMing CN 代替");
	}

	@Test
	void prefersTheOfficesLicensedFontsFoundByFileName() throws IOException {
		Path fangsong = Files.copy(Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"),
				this.folder.resolve("仿宋_GB2312.ttf"));
		Files.writeString(this.folder.resolve("说明.txt"), "不是字体");

		Typefaces typefaces = Typefaces.find(this.folder);

		assertThat(typefaces.font(Typeface.FANGSONG).file()).isEqualTo(fangsong);
		assertThat(typefaces.font(Typeface.FANGSONG).substituted()).isFalse();
		assertThat(typefaces.substitutions()).containsExactly("小标宋：以 AR PL UMing CN 代替");
	}

	@Test
	void refusesAFolderThatIsNotThere() {
		assertThatIllegalArgumentException().isThrownBy(() -> Typefaces.find(this.folder.resolve("没有")))
			.withMessageStartingWith("字体目录不存在");
	}

}
