package com.quotegraph.support;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the service prepares, to prove that nested fields load in batches. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private final AtomicInteger statements = new AtomicInteger();

	public void reset() {
		this.statements.set(0);
	}

	public int count() {
		return this.statements.get();
	}

	@Bean
	static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
						(proxy, method, args) -> {
							Object result = method.invoke(dataSource, args);
							if (result instanceof Connection connection) {
								return countingConnection(connection, counter.getObject());
							}
							return result;
						});
			}
		};
	}

	private static Connection countingConnection(Connection connection, StatementCounter counter) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
							|| method.getName().equals("prepareCall")) {
						counter.statements.incrementAndGet();
					}
					try {
						return method.invoke(connection, args);
					}
					catch (java.lang.reflect.InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

}
