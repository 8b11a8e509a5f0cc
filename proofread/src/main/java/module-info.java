/**
 * The Zhongshu proofreader: finds the wrong number, mark or word in an official document.
 */
module org.zhongshu.proofread {

	requires static org.jspecify;

	requires java.xml;

	requires hanlp.portable;

	requires word.checker;

	exports org.zhongshu.proofread;

}
