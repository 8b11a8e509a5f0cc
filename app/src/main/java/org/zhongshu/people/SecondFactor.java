package org.zhongshu.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/**
 * The second factor: time-based one-time codes (TOTP, RFC 6238) from any authenticator
 * app, enrolled by scanning a QR code. Codes are six digits for 30-second steps; one step
 * of clock drift either way is accepted, and each step can be used once only.
 */
@Component
class SecondFactor {

	static final String ISSUER = "中枢";

	private static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

	private final Clock clock;

	SecondFactor(Clock clock) {
		this.clock = clock;
	}

	String newSecret() {
		return this.secrets.generate();
	}

	/**
	 * @return the QR code an authenticator app scans, as a {@code data:} URI for an
	 * {@code img} element
	 */
	String qrCode(String secret, String loginName) {
		QrData data = new QrData.Builder().label(loginName)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		generator.setImageSize(240);
		try {
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("无法生成二维码", ex);
		}
	}

	/**
	 * @param secret the enrolled secret
	 * @param code what the person typed
	 * @return the time step the code belongs to, if it is valid now
	 */
	OptionalLong matchingStep(String secret, String code) {
		String typed = code.strip();
		if (!CODE.matcher(typed).matches()) {
			return OptionalLong.empty();
		}
		long current = currentStep();
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private long currentStep() {
		return Math.floorDiv(this.clock.instant().getEpochSecond(), PERIOD_SECONDS);
	}

	private String codeAt(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("无法计算动态口令", ex);
		}
	}

}
