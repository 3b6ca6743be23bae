package cn.jixiao.infra.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void aTextIsHashedAsItsUtf8Bytes() {
        // FIPS 180-2's example for "abc"
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("绩效")).isEqualTo(Sha256.hex("绩效".getBytes(StandardCharsets.UTF_8))).hasSize(64);
    }
}
